package io.capbrief.report;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/** One sheet of the briefing workbook; a new sheet is a new implementation listed in {@link BriefingWorkbookWriter}. */
interface WorkbookSheet {

    /** The sheet's name, the same every week: PMs' links and lookups refer to it. */
    String name();

    void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles);
}
