// Fuzz target for the plain-text reader: decoding, bilingual splitting and segmentation.
import Diptych
import FuzzHarness

runFuzzTarget { bytes in
  guard let decoded = try? TextDecoder.decode(bytes, path: "fuzz") else { return }
  let lines = SourceLine.lines(of: decoded.text)
  let language = LanguageDetector.detect(decoded.text) ?? .english
  _ = PlainTextSegmenter(language: language).document(from: lines)
  _ = BilingualSplit.split(lines)
}
