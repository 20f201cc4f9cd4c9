/// Splits delimited text into records (RFC 4180: double-quoted fields may hold the delimiter,
/// line breaks and doubled quotes), each with the line it starts on.
enum CSVRecords {
  static func parse(_ text: String, delimiter: Character) -> [(line: Int, fields: [String])] {
    var records: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var recordLine = 1
    var characters = Array(text).makeIterator()
    var pending: Character?
    func endRecord() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)) {
        records.append((recordLine, fields))
      }
      fields = []
      field = ""
    }
    while let character = pending ?? characters.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          if character.isNewline { line += 1 }
          field.append(character)
        }
      } else if character == "\"" && field.allSatisfy(\.isWhitespace) {
        field = ""
        quoted = true
      } else if character == delimiter {
        fields.append(field)
        field = ""
      } else if character.isNewline {  // "\r\n" is one Character
        endRecord()
        line += 1
        recordLine = line
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    return records
  }
}
