package org.annualstats.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

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
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * {@code .xlsx} through POI's streaming SAX API: constant memory whatever the sheet's size.
 * Reads the first visible sheet; formula cells give their cached results.
 */
class XlsxReader implements RowReader {

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	@Override
	public RowCursor open(ExportInput input) throws IOException {
		Path file = input.copy();
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException ex) {
			throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			FirstSheet sheet = firstVisibleSheet(reader);
			RowCollector collector = new RowCollector();
			XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(reader.getStylesTable(),
					new ReadOnlySharedStringsTable(pkg), collector, new PlainValueFormatter(sheet.date1904()), false);
			InputStream sheetData = reader.getSheet(sheet.relationshipId());
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetData);
			return new Cursor(pkg, sheetData, xml, handler, collector, sheet);
		}
		catch (OpenXML4JException | SAXException | XMLStreamException ex) {
			pkg.revert();
			throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			pkg.revert();
			throw ex;
		}
	}

	/**
	 * Pulls the sheet's XML with StAX and hands each event to POI's SAX sheet handler, so that cells
	 * are rendered exactly as POI renders them while the rows can be taken one at a time.
	 */
	private static final class Cursor implements RowCursor {

		private final OPCPackage pkg;

		private final InputStream sheetData;

		private final XMLStreamReader xml;

		private final ContentHandler handler;

		private final RowCollector collector;

		private final FirstSheet sheet;

		private Row current;

		Cursor(OPCPackage pkg, InputStream sheetData, XMLStreamReader xml, ContentHandler handler,
				RowCollector collector, FirstSheet sheet) {
			this.pkg = pkg;
			this.sheetData = sheetData;
			this.xml = xml;
			this.handler = handler;
			this.collector = collector;
			this.sheet = sheet;
		}

		@Override
		public FileFormat format() {
			return new FileFormat(null, null, this.sheet.name());
		}

		@Override
		public boolean date1904() {
			return this.sheet.date1904();
		}

		@Override
		public boolean next() throws IOException {
			try {
				while (this.collector.ready.isEmpty() && this.xml.hasNext()) {
					forward(this.xml.next());
				}
			}
			catch (XMLStreamException | SAXException ex) {
				throw new IOException("not a readable .xlsx workbook: " + ex.getMessage(), ex);
			}
			this.current = this.collector.ready.poll();
			return this.current != null;
		}

		private void forward(int event) throws SAXException {
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					AttributesImpl attributes = new AttributesImpl();
					for (int i = 0; i < this.xml.getAttributeCount(); i++) {
						String local = this.xml.getAttributeLocalName(i);
						attributes.addAttribute(nonNull(this.xml.getAttributeNamespace(i)), local,
								qualified(this.xml.getAttributePrefix(i), local), "CDATA",
								this.xml.getAttributeValue(i));
					}
					this.handler.startElement(nonNull(this.xml.getNamespaceURI()), this.xml.getLocalName(),
							qualified(this.xml.getPrefix(), this.xml.getLocalName()), attributes);
				}
				case XMLStreamConstants.END_ELEMENT -> this.handler.endElement(nonNull(this.xml.getNamespaceURI()),
						this.xml.getLocalName(), qualified(this.xml.getPrefix(), this.xml.getLocalName()));
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					this.handler.characters(this.xml.getTextCharacters(), this.xml.getTextStart(),
							this.xml.getTextLength());
				default -> {
					// comments, processing instructions and the document's start and end carry no cells
				}
			}
		}

		private static String nonNull(String text) {
			return (text != null) ? text : "";
		}

		private static String qualified(String prefix, String local) {
			return (prefix == null || prefix.isEmpty()) ? local : prefix + ":" + local;
		}

		@Override
		public long rowNumber() {
			return this.current.number();
		}

		@Override
		public List<String> cells() {
			return this.current.cells();
		}

		@Override
		public void close() throws IOException {
			try (this.sheetData) {
				this.xml.close();
			}
			catch (XMLStreamException ex) {
				throw new IOException(ex.getMessage(), ex);
			}
			finally {
				this.pkg.revert();
			}
		}

	}

	private record Row(long number, List<String> cells) {
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

	/** Assembles the SAX cell callbacks into rows, placing each cell by its column letter. */
	private static final class RowCollector implements SheetContentsHandler {

		/** Rows completed by the events forwarded so far: at most a few, as a row ends at its own tag. */
		private final Queue<Row> ready = new ArrayDeque<>();

		private final List<String> cells = new ArrayList<>();

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			this.ready.add(new Row(rowNum + 1L, List.copyOf(this.cells)));
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
