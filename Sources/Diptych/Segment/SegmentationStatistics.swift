/// What segmentation must know of the whole text before it can decide anything: gathered in a
/// first pass over the lines, in memory that does not grow with the text's length.
///
/// A class, read by every line of the later passes: a struct was copied for each line that
/// asked it something (a retain and a release of each of its tables).
final class SegmentationStatistics {
  /// The words of the text (English only), as evidence for joining split words.
  let words: WordRepairer?
  /// The short lines that could be running headers and occur three times or more.
  let repeatedLines: Set<String>
  /// Whether paragraph numbers "1.", "2." … run through the text.
  let numbered: Bool
  /// The width of a full line of running text, in display columns.
  let fullWidth: Int

  init(words: WordRepairer?, repeatedLines: Set<String>, numbered: Bool, fullWidth: Int) {
    self.words = words
    self.repeatedLines = repeatedLines
    self.numbered = numbered
    self.fullWidth = fullWidth
  }

  /// Whether `line` (as cleaned, before word repair) occurs often enough to be page furniture.
  func isRepeated(_ line: String) -> Bool {
    // Most texts repeat no line: then no line is hashed.
    !repeatedLines.isEmpty && repeatedLines.contains(line)
  }
}

/// Gathers ``SegmentationStatistics`` one cleaned line at a time.
struct StatisticsCollector {
  /// Lines counted for repetition at most; a running header shows up on the first pages, long
  /// before a text has this many distinct short lines.
  static let repeatableLineLimit = 200_000
  /// The widest line the width histogram tells apart.
  private static let widestLine = 1_000

  private var words: WordRepairer?
  private var repeatableLines: [String: Int] = [:]
  /// Widths of lines of text that are no furniture by their look, however often they occur.
  private var widths = [Int](repeating: 0, count: widestLine + 1)
  private var nextParagraphNumber = 1
  private var paragraphNumbers = 0

  init(language: Language) {
    words = language.isChinese ? nil : WordRepairer()
  }

  mutating func add(_ line: SourceLine) {
    let text = line.text
    guard !text.isEmpty else { return }
    words?.learn(text)
    if PageFurniture.kind(of: text, repeated: false) == nil {
      widths[min(DisplayWidth.columns(of: text), Self.widestLine)] += 1
      if PageFurniture.mayRepeat(text) {
        if let count = repeatableLines[text] {
          repeatableLines[text] = count + 1
        } else if repeatableLines.count < Self.repeatableLineLimit {
          repeatableLines[text] = 1
        }
      }
    }
    // Paragraph numbers: at least two in sequence, gaps of a left-out paragraph or two allowed.
    if let match = LabelParser.parse(text), match.label.style == .arabic,
      match.label.value >= nextParagraphNumber,
      match.label.value < nextParagraphNumber + BlockBuilder.paragraphNumberGap
    {
      paragraphNumbers += 1
      nextParagraphNumber = match.label.value + 1
    }
  }

  func finish() -> SegmentationStatistics {
    // Repeated short lines are running headers: they are no measure of a full line.
    var widths = self.widths
    for (line, count) in repeatableLines where count >= 3 {
      widths[min(DisplayWidth.columns(of: line), Self.widestLine)] -= count
    }
    return SegmentationStatistics(
      words: words, repeatedLines: Set(repeatableLines.filter { $0.value >= 3 }.keys),
      numbered: paragraphNumbers >= 2, fullWidth: Self.fullWidth(widths))
  }

  /// The upper quartile of the widths of lines at least 10 columns wide, so that short last
  /// lines of paragraphs and headings do not pull it down.
  private static func fullWidth(_ histogram: [Int]) -> Int {
    let total = histogram[10...].reduce(0, +)
    guard total > 0 else { return 80 }
    let rank = min(total - 1, total * 3 / 4)
    var seen = 0
    for width in 10...widestLine {
      seen += histogram[width]
      if seen > rank { return width }
    }
    return widestLine
  }
}
