package io.capbrief.report.workbook;

import io.capbrief.report.Briefing;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** One sheet of the briefing workbook; a new sheet is a new implementation listed in {@link BriefingWorkbookWriter}. */
interface WorkbookSheet {

    /** The sheet's name, the same every week: PMs' links and lookups refer to it. */
    String name();

    /** Lays the sheet out in memory: headers, tables, charts, formats and every row of a short list. */
    void fill(XSSFSheet sheet, Briefing briefing, WorkbookStyles styles);

    /**
     * Writes the rows of a list too long to hold in memory (the Companies list of a 10,000-company
     * universe) through the streaming wrapper, after every sheet's {@link #fill}: a streamed sheet only
     * takes rows below those {@link #fill} wrote, and each row goes to disk once a window of rows is full.
     */
    default void stream(SXSSFSheet sheet, Briefing briefing, WorkbookStyles styles) {}
}
