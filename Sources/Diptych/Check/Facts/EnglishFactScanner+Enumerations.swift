extension EnglishFactScanner {
  /// "four studies …, one at the global level, one in the subregion of ECO, one in SADC and one in
  /// the Pacific": members listed each with its own "one" count the list, a number the Chinese may
  /// state where the English does not (这四个来源分别是…). Adds a count of the members after the
  /// first "one" of each such list of two or more that only answers that number: left over, it
  /// says nothing, since the list's own "one"s are already compared (一名…一名 beside 一届).
  mutating func addEnumerationCounts() {
    let ones = facts.indices.filter { index in
      facts[index].kind == .number && facts[index].value == "1"
        && facts[index].text.lowercased() == "one"
    }
    guard ones.count >= 2 else { return }
    var runs: [[Int]] = []
    var previousToken: Int?
    var token = 0
    // Facts come in the order of their tokens: one walk finds each "one"'s token.
    for factIndex in ones {
      while token < tokens.count, tokens[token].range.lowerBound < facts[factIndex].offset {
        token += 1
      }
      guard token < tokens.count, tokens[token].range.lowerBound == facts[factIndex].offset else {
        continue
      }
      if let previous = previousToken, continuesList(from: previous, to: token) {
        runs[runs.count - 1].append(factIndex)
      } else {
        runs.append([factIndex])
      }
      previousToken = token
    }
    // Inserted from the last, so the indices of earlier runs stay valid.
    for run in runs.reversed() where run.count >= 2 {
      let first = facts[run[0]]
      let last = facts[run[run.count - 1]]
      facts.insert(
        Fact(
          kind: .number, value: String(run.count), text: "\(first.text) … \(last.text)",
          offset: first.offset, onlyAnswers: true),
        at: run[0] + 1)
    }
  }

  /// Whether the "one" at token `next` lists another member after the "one" at token `previous`:
  /// a comma, semicolon, "and" or "or" right before it, within one sentence and a short clause.
  private func continuesList(from previous: Int, to next: Int) -> Bool {
    guard next > previous, next - previous <= 24 else { return false }
    let separators: Set<String> = [",", ";", "and", "or"]
    guard let before = markAt(next - 1) ?? wordAt(next - 1), separators.contains(before) else {
      return false
    }
    for index in previous + 1..<next where markAt(index) == "." || markAt(index) == ":" {
      return false
    }
    return true
  }
}
