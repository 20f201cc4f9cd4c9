extension Glossary {
  /// Reads a CSV or TSV glossary: columns `en,zh` (a header row naming the languages, or
  /// `source,target`, is optional), alternatives in one cell separated by `;` or `|`.
  public static func parseDelimited(_ text: String, path: String) throws(ReadError) -> Glossary {
    let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.trimmingWhitespace().isEmpty
    }
    guard let first = lines.first else { throw ReadError(path: path, reason: .empty) }
    let delimiter: Character = first.contains("\t") ? "\t" : (first.contains(",") ? "," : ";")
    var rows = lines.map { splitRow($0, delimiter: delimiter) }
    var englishColumn = 0
    var chineseColumn = 1
    let header = rows[0].map { $0.lowercased().trimmingWhitespace() }
    if let en = header.firstIndex(where: {
      ["en", "english", "source", "en-us", "en-gb"].contains($0)
    }),
      let zh = header.firstIndex(where: {
        $0.hasPrefix("zh") || ["chinese", "target"].contains($0)
      })
    {
      englishColumn = en
      chineseColumn = zh
      rows.removeFirst()
    }
    var entries: [Entry] = []
    for (number, row) in rows.enumerated() {
      guard row.count > max(englishColumn, chineseColumn) else {
        throw ReadError(
          path: path,
          reason: .malformed(
            "row \(number + 1) has \(row.count) column(s); expected en\(delimiter)zh"))
      }
      let english = alternatives(row[englishColumn])
      let chinese = alternatives(row[chineseColumn])
      if !english.isEmpty, !chinese.isEmpty {
        entries.append(Entry(english: english, chinese: chinese))
      }
    }
    return Glossary(entries: entries)
  }

  private static func alternatives(_ cell: String) -> [String] {
    cell.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { $0.trimmingWhitespace() }.filter {
      !$0.isEmpty
    }
  }

  /// Splits an RFC 4180 row (quoted fields may hold the delimiter and doubled quotes).
  private static func splitRow(_ line: String, delimiter: Character) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(line).makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" && field.isEmpty {
        quoted = true
      } else if character == delimiter {
        fields.append(field.trimmingWhitespace())
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field.trimmingWhitespace())
    return fields
  }
}
