import Foundation

/// The seed document's paragraphs as a reader hands them to the splitter: lines joined, the
/// paragraph number and the footnote calls taken out.
enum SeedParagraphs {
  /// The nine numbered English paragraphs, in order.
  static func english() throws -> [String] {
    let lines = try RealText.seedHalves().english.split(
      separator: "\n", omittingEmptySubsequences: false)
    var paragraphs: [[String]] = []
    var inParagraph = false
    for line in lines {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.count <= 3, trimmed.hasSuffix("."), Int(trimmed.dropLast()) != nil {
        paragraphs.append([])  // "1." on its own line opens a paragraph
        inParagraph = true
      } else if trimmed.isEmpty {
        inParagraph = false  // a blank line closes it; the heading after it is no paragraph
      } else if inParagraph {
        paragraphs[paragraphs.count - 1].append(trimmed)
      }
    }
    let footnoteCalls = [
      ("2021, 1 aiming", "2021, aiming"), ("agenda item. 2", "agenda item."),
      ("law. 3 China", "law. China"),
    ]
    return paragraphs.map { lines in
      footnoteCalls.reduce(lines.joined(separator: " ")) {
        $0.replacingOccurrences(of: $1.0, with: $1.1)
      }
    }
  }

  /// The Chinese body paragraphs (headings and the title left out), lines joined without a
  /// space as Chinese is written.
  static func chinese() throws -> [String] {
    let lines = try RealText.seedHalves().chinese.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    var paragraphs: [String] = []
    var current = ""
    for line in lines.dropFirst(2) where !line.hasPrefix("___") {
      let isHeading = line.count <= 8 && line.contains("、")
      if isHeading { continue }
      current += line
      // A paragraph ends where a line ends a sentence (or introduces a list).
      if let last = current.last, "。：".contains(last) {
        paragraphs.append(current)
        current = ""
      }
    }
    if !current.isEmpty { paragraphs.append(current) }
    let footnoteCalls = ["磋商4，": "磋商，", "意见5。": "意见。", "作用6。": "作用。", "基石。7": "基石。", "意见8。": "意见。"]
    return paragraphs.map { paragraph in
      footnoteCalls.reduce(paragraph) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
  }
}
