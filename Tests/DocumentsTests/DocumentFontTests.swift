import TestSupport
import Testing
@testable import Documents

/// Every format names the font the PDFs embed (Liberation Sans, code in Liberation Mono), with its
/// metric twin where it is missing (Arial, Courier New), so a document looks the same everywhere.
@Suite(.timed) struct DocumentFontTests {
    @Test func htmlPagesAndDecksNameLiberationSansFirst() {
        #expect(PageStyle.css.contains("font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif;"))
        #expect(PageStyle.css.contains("code { font-family: \"Liberation Mono\", \"Courier New\", monospace;"))
        #expect(SlideStyle.css.contains("font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif;"))
        #expect(!PageStyle.css.contains("system-ui") && !SlideStyle.css.contains("system-ui"))
    }

    @Test func wordAndPowerPointNameItInTheThemeStylesAndFontTable() {
        #expect(OfficeTheme.xml.contains("<a:majorFont><a:latin typeface=\"Liberation Sans\" panose=\"020B0604020202020204\"/>"))
        #expect(OfficeTheme.xml.contains("<a:minorFont><a:latin typeface=\"Liberation Sans\" panose=\"020B0604020202020204\"/>"))
        #expect(WordTheme.fontTable.contains("<w:font w:name=\"Liberation Sans\"><w:altName w:val=\"Arial\"/>"))
        #expect(WordTheme.fontTable.contains("<w:font w:name=\"Liberation Mono\"><w:altName w:val=\"Courier New\"/>"))
        let styles = WordStyles.xml(language: "nl-NL", words: OfficeWords())
        #expect(styles.contains("<w:rFonts w:ascii=\"Liberation Sans\" w:eastAsia=\"Liberation Sans\""))
        #expect(!styles.contains("Calibri") && !styles.contains("Consolas"))
    }
}
