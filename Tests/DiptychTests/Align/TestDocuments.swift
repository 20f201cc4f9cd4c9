@testable import Diptych

/// Builds documents of real UN text from the devset sample: each block is a run of sentence pairs.
enum TestDocuments {
  /// A block to build: which sample pairs it holds, its kind and label.
  struct Spec {
    var pairs: Range<Int>
    var kind: BlockKind = .paragraph
    var label: Label? = nil
    /// Text used instead of the sample's (headings).
    var text: String? = nil
  }

  static func document(_ language: Language, _ specs: [Spec]) -> Document {
    let blocks = specs.enumerated().map { index, spec in
      let sentences = spec.pairs.map {
        language.isChinese ? DevsetSample.pairs[$0].chinese : DevsetSample.pairs[$0].english
      }
      let text = spec.text ?? sentences.joined(separator: language.isChinese ? "" : " ")
      var offset = 0
      let modelled = (spec.text.map { [$0] } ?? sentences).map { sentence in
        defer { offset += sentence.unicodeScalars.count + (language.isChinese ? 0 : 1) }
        return Sentence(text: sentence, offset: offset)
      }
      return Block(
        id: "b\(index + 1)", kind: spec.kind, label: spec.label, text: text, sentences: modelled,
        lines: LineRange(line: index + 1), level: spec.kind == .heading ? 1 : nil)
    }
    return Document(language: language, blocks: blocks)
  }

  /// Paragraphs of `size` pairs each, numbered 1, 2 … when `numbered`.
  static func paragraphs(_ count: Int, size: Int = 3, numbered: Bool) -> [Spec] {
    (0..<count).map { k in
      Spec(
        pairs: k * size..<(k + 1) * size,
        label: numbered ? Label(text: "\(k + 1).", style: .arabic, value: k + 1) : nil)
    }
  }

  /// The units as "source blocks:target blocks" strings, e.g. "4,5:4".
  static func shapes(_ alignment: Alignment) -> [String] {
    alignment.units.map { unit in
      unit.source.map(String.init).joined(separator: ",") + ":"
        + unit.target.map(String.init).joined(separator: ",")
    }
  }
}
