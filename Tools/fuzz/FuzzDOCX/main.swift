// Fuzz target for the DOCX reader: ZIP, WordprocessingML, numbering, notes, document building.
import Diptych
import FuzzHarness

runFuzzTarget { bytes in
  _ = try? DocumentReader.read(bytes: bytes, sourceName: "fuzz.docx", format: .docx)
}
