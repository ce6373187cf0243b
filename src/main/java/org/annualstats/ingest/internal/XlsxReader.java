package org.annualstats.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * {@code .xlsx} through POI's streaming SAX API: constant memory whatever the sheet's size.
 * Reads the first visible sheet; formula cells give their cached results.
 */
class XlsxReader implements RowReader {

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	@Override
	public FileFormat read(ExportInput input, RowHandler handler) throws IOException {
		Path file = input.copy();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			FirstSheet sheet = firstVisibleSheet(reader);
			handler.sheet(sheet.name(), sheet.date1904());
			RowCollector collector = new RowCollector(handler);
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
					new ReadOnlySharedStringsTable(pkg), collector, new PlainValueFormatter(sheet.date1904()), false));
			try (InputStream sheetData = reader.getSheet(sheet.relationshipId())) {
				parser.parse(new InputSource(sheetData));
			}
			catch (StopReading stop) {
				// the handler asked to stop
			}
			return new FileFormat(null, null, sheet.name());
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | XMLStreamException ex) {
			throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
	}

	/** The first sheet whose state is not hidden, and the workbook's date system. */
	private record FirstSheet(String name, String relationshipId, boolean date1904) {
	}

	private static FirstSheet firstVisibleSheet(XSSFReader reader)
			throws IOException, OpenXML4JException, XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		boolean date1904 = false;
		try (InputStream workbook = reader.getWorkbookData()) {
			XMLStreamReader xml = factory.createXMLStreamReader(workbook);
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if ("workbookPr".equals(xml.getLocalName())) {
					// an xsd:boolean: Excel writes 1, other writers true
					String value = xml.getAttributeValue(null, "date1904");
					date1904 = "1".equals(value) || "true".equals(value);
				}
				else if ("sheet".equals(xml.getLocalName())) {
					String state = xml.getAttributeValue(null, "state");
					if (state == null || "visible".equals(state)) {
						return new FirstSheet(xml.getAttributeValue(null, "name"),
								xml.getAttributeValue(RELATIONSHIPS_NS, "id"), date1904);
					}
				}
			}
		}
		throw new IOException("the workbook has no visible sheet");
	}

	/** Unwinds the SAX parse when the handler asks to stop. */
	private static final class StopReading extends RuntimeException {

		StopReading() {
			super("stop", null, false, false);
		}

	}

	/** Assembles the SAX cell callbacks into rows, placing each cell by its column letter. */
	private static final class RowCollector implements SheetContentsHandler {

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		RowCollector(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (!this.handler.row(rowNum + 1L, List.copyOf(this.cells))) {
				throw new StopReading();
			}
		}

		/**
		 * A blank cell adds nothing to its row: a formatted but empty cell in column XFD would
		 * otherwise cost 16,384 cells a row.
		 */
		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			if (value == null || value.isEmpty()) {
				return;
			}
			int column = (reference != null) ? new CellReference(reference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			// POI's streaming handler renders error cells as "ERROR:#N/A"; the reject shows what Excel shows
			this.cells.add(value.startsWith("ERROR:") ? value.substring(6) : value);
		}

	}

	/**
	 * Dates as ISO text and numbers as plain decimals, whatever the cell's display format. POI's
	 * streaming handler does not pass the date system on, so the formatter knows it.
	 */
	private static final class PlainValueFormatter extends DataFormatter {

		private final boolean date1904;

		PlainValueFormatter(boolean date1904) {
			this.date1904 = date1904;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return CellText.number(value, DateUtil.isADateFormat(formatIndex, formatString), this.date1904);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			return formatRawCellContents(value, formatIndex, formatString);
		}

	}

}
