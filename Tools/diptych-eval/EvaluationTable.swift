import Diptych

/// The tool's output: one row per entry, then the micro-averaged total over entries.
struct EvaluationTable {
  private var rows: [[String]] = []
  private var blockDocuments: [(gold: [GoldPair], test: [GoldPair])] = []
  private var sentenceDocuments: [(gold: [GoldPair], test: [GoldPair])] = []

  private static let columns = [
    "entry", "blocks en/zh", "strict P", "strict R", "strict F1", "lax P", "lax R", "lax F1",
    "sent strict F1", "sent lax F1",
  ]
  private static let widths = [28, 14] + columns.dropFirst(2).map { $0.count + 2 }

  mutating func add(entry: CorpusEntry, blocks: [GoldPair], sentences: [GoldPair]) {
    let score = AlignmentScore.score(gold: entry.blocks, test: blocks)
    blockDocuments.append((entry.blocks, blocks))
    var row = [entry.name, Self.counts(entry.blocks)] + Self.cells(score) + ["–", "–"]
    if let gold = entry.sentences, !sentences.isEmpty {
      let sentenceScore = AlignmentScore.score(gold: gold, test: sentences)
      sentenceDocuments.append((gold, sentences))
      row[8...9] = [sentenceScore.strict.f1.cell, sentenceScore.lax.f1.cell]
    }
    if blocks.sideCounts != entry.blocks.sideCounts {
      row.append("test covers \(Self.counts(blocks)) blocks")
    }
    rows.append(row)
  }

  mutating func add(failed entry: CorpusEntry, reason: String) {
    rows.append([entry.name, Self.counts(entry.blocks), reason])
  }

  var text: String {
    var lines = [Self.columns] + rows
    if blockDocuments.count > 1 {
      var total = ["all (micro-average)", ""] + Self.cells(.score(documents: blockDocuments))
      if !sentenceDocuments.isEmpty {
        let sentences = AlignmentScore.score(documents: sentenceDocuments)
        total += [sentences.strict.f1.cell, sentences.lax.f1.cell]
      }
      lines.append(total)
    }
    return lines.map(Self.line).joined(separator: "\n")
  }

  /// Cells padded to their column; a cell past the last column (a note) follows as is.
  private static func line(_ cells: [String]) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      let width = index < widths.count && index < cells.count - 1 ? widths[index] : 0
      line +=
        cell.count >= width
        ? cell + (width > 0 ? " " : "") : cell + String(repeating: " ", count: width - cell.count)
    }
    return line
  }

  private static func counts(_ pairs: [GoldPair]) -> String {
    let (source, target) = pairs.sideCounts
    return "\(source)/\(target)"
  }

  private static func cells(_ score: AlignmentScore) -> [String] {
    [score.strict, score.lax].flatMap { [$0.precision.cell, $0.recall.cell, $0.f1.cell] }
  }
}

extension Double {
  /// Three decimals, without Foundation's locale-dependent formatting.
  fileprivate var cell: String {
    let thousandths = Int((self * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
