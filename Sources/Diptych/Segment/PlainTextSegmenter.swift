/// Turns the lines of one language version, as extracted from PDF or typed, into a ``Document``.
///
/// The stages: repair extraction damage in each line, set page furniture aside, group lines into
/// blocks, join each block's lines, find footnote calls, split sentences.
public struct PlainTextSegmenter: Sendable {
  /// The language of the text.
  public var language: Language
  /// Told how far segmentation has got, from 0 to 1, so a terminal can show a large input moving.
  public var progress: (@Sendable (Double) -> Void)?

  /// Creates a segmenter for text in `language`.
  public init(language: Language, progress: (@Sendable (Double) -> Void)? = nil) {
    self.language = language
    self.progress = progress
  }

  /// Reports `fraction` of the stage running from `start` to `end` of the whole.
  private func report(_ start: Double, _ end: Double, _ fraction: Double = 1) {
    progress?(start + (end - start) * fraction)
  }

  /// The document the lines make.
  public func document(from input: [SourceLine], sourceName: String = "") -> Document {
    var repairs: [Repair] = []
    var furniture: [FurnitureLine] = []

    // 1. Characters, and closing punctuation stranded on a line of its own.
    var lines: [SourceLine] = []
    lines.reserveCapacity(input.count)
    for line in input {
      if progress != nil, line.number % 20_000 == 0 { report(0, 0.25, Double(lines.count) / Double(max(1, input.count))) }
      let (text, lineRepairs) = CharacterRepairer.repair(line)
      repairs += lineRepairs
      if isOrphanPunctuation(text), let previous = lines.indices.last(where: { !lines[$0].text.isEmpty }) {
        repairs.append(Repair(kind: .orphanPunctuation, line: line.number, original: text, replacement: lines[previous].text + text))
        lines[previous].text += text
        lines[previous].through = line.number
        lines.append(SourceLine(number: line.number, text: ""))
        continue
      }
      lines.append(SourceLine(number: line.number, text: text))
    }

    report(0, 0.25)
    // 2. Words split by extraction (English only: Chinese has no spaces to split on).
    var words: WordRepairer? = nil
    if !language.isChinese {
      let repairer = WordRepairer(lines: lines.map(\.text))
      words = repairer
      for index in lines.indices {
        let (text, lineRepairs) = repairer.repair(lines[index].text, line: lines[index].number)
        lines[index].text = text
        repairs += lineRepairs
      }
    }

    report(0.25, 0.4)
    // 3. Page furniture.
    var counts: [String: Int] = [:]
    for line in lines where !line.text.isEmpty { counts[line.text, default: 0] += 1 }
    var kept: [(line: SourceLine, furniture: FurnitureKind?)] = []
    for line in lines {
      let kind = PageFurniture.kind(of: line.text, repeated: counts[line.text, default: 0] >= 3)
      kept.append((line, kind))
    }

    report(0.4, 0.5)
    // 4. Blocks.
    let widths = kept.compactMap { $0.furniture == nil && !$0.line.text.isEmpty ? DisplayWidth.columns(of: $0.line.text) : nil }
    var builder = BlockBuilder(language: language, numbered: usesParagraphNumbers(lines), fullWidth: fullWidth(widths))
    for (line, kind) in kept {
      if line.text.isEmpty {
        builder.blank()
      } else if let kind {
        furniture.append(FurnitureLine(kind: kind, line: line.number, text: line.text))
        if kind == .footnoteRule { builder.footnoteArea() }
      } else if isFootnotesHeading(line.text) {
        furniture.append(FurnitureLine(kind: .footnotesHeading, line: line.number, text: line.text))
        builder.footnoteArea()
      } else {
        builder.add(line, loneNumber: line.text.allSatisfy(\.isASCIIDigit) && line.text.count <= 3)
      }
    }
    let raw = builder.finish()

    report(0.5, 0.6)
    // 5. Join lines, find footnote calls across the document, split sentences.
    let assembled = BlockAssembler(language: language, words: words).assemble(raw)
    report(0.6, 1)
    repairs += assembled.repairs
    furniture += assembled.furniture
    return Document(
      language: language, blocks: assembled.blocks, repairs: repairs.sorted { $0.line < $1.line },
      furniture: furniture.sorted { $0.line < $1.line }, sourceName: sourceName)
  }

  private func isOrphanPunctuation(_ text: String) -> Bool {
    !text.isEmpty && text.count <= 2 && text.allSatisfy { "。，、；：！？）」』”’.".contains($0) }
  }

  private func isFootnotesHeading(_ text: String) -> Bool {
    ["Footnotes", "Notes", "Endnotes", "脚注", "注释", "注", "尾注"].contains(text.trimmingWhitespace())
  }

  /// Whether paragraph numbers "1.", "2." … run through the text (at least two in sequence, gaps
  /// of a left-out paragraph or two allowed).
  private func usesParagraphNumbers(_ lines: [SourceLine]) -> Bool {
    var expected = 1
    var found = 0
    for line in lines {
      guard let match = LabelParser.parse(line.text), match.label.style == .arabic else { continue }
      if match.label.value >= expected && match.label.value < expected + BlockBuilder.paragraphNumberGap {
        found += 1
        expected = match.label.value + 1
      }
    }
    return found >= 2
  }

  /// The width of a full line: the upper quartile of line widths, so that short last lines of
  /// paragraphs and headings do not pull it down.
  private func fullWidth(_ widths: [Int]) -> Int {
    let sorted = widths.filter { $0 >= 10 }.sorted()
    guard !sorted.isEmpty else { return 80 }
    return sorted[min(sorted.count - 1, sorted.count * 3 / 4)]
  }
}
