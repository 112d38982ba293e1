package io.capbrief.report.pdf;

import java.awt.Font;
import java.util.Locale;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/** The charts' fonts: DejaVu from the Jasper font extension, so a chart's text matches the page even where DejaVu is not installed. */
final class ChartFonts {

    private ChartFonts() {}

    static Font dejaVuSans(int style, float size) {
        Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles("DejaVu Sans", style, size, Locale.US, true);
        return font != null ? font : new Font(Font.SANS_SERIF, style, Math.round(size));
    }
}
