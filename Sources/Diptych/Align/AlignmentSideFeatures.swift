/// What the cost model needs to know about the items (blocks or sentences) of one side, stored
/// flat so that the dynamic programme's inner loop reads arrays and allocates nothing.
struct AlignmentSideFeatures: Sendable {
  /// The structural role of an item, as far as alignment cares.
  enum Role: UInt8, Sendable {
    /// A title or subtitle: only one side may have it, and it never joins a heading or paragraph.
    case front
    case heading
    case paragraph
    case listItem
    case tableCell
    case footnote

    init(_ kind: BlockKind) {
      switch kind {
      case .title, .subtitle: self = .front
      case .heading: self = .heading
      case .paragraph: self = .paragraph
      case .listItem: self = .listItem
      case .tableCell: self = .tableCell
      case .footnote: self = .footnote
      }
    }

    /// Whether the role is running text (paragraphs, list items, table cells).
    var isBody: Bool { self == .paragraph || self == .listItem || self == .tableCell }
  }

  private(set) var count = 0
  /// Cumulative lengths: `prefixLength[k]` is the length of items `0..<k`.
  private(set) var prefixLength: [Int] = [0]
  private(set) var roles: [Role] = []
  /// Footnote numbers of footnote bodies (source side already shifted by the footnote offset).
  private(set) var footnoteNumbers: [Int?] = []
  /// Footnote calls of item k: `footnoteCalls[footnoteCallStart[k]..<footnoteCallStart[k + 1]]`.
  private(set) var footnoteCallStart: [Int] = [0]
  private(set) var footnoteCalls: [Int] = []
  /// Distinct evidence token ids of item k: `tokens[tokenStart[k]..<tokenStart[k + 1]]`.
  private(set) var tokenStart: [Int] = [0]
  private(set) var tokens: [Int32] = []

  /// The features of a document's blocks; `footnoteShift` is added to every footnote number.
  init(blocks: [Block], footnoteShift: Int, table: inout AlignmentTokenTable) {
    for block in blocks {
      append(
        length: LengthModel.length(of: block.text), role: Role(block.kind),
        footnoteNumber: block.footnoteNumber.map { $0 + footnoteShift },
        footnoteCalls: block.footnoteReferences.map { $0.number + footnoteShift },
        tokens: table.ids(in: block.text))
    }
  }

  /// The features of plain sentences.
  init(sentences: [String], table: inout AlignmentTokenTable) {
    for sentence in sentences {
      append(
        length: LengthModel.length(of: sentence), role: .paragraph, footnoteNumber: nil,
        footnoteCalls: [], tokens: table.ids(in: sentence))
    }
  }

  private mutating func append(
    length: Int, role: Role, footnoteNumber: Int?, footnoteCalls calls: [Int],
    tokens ids: [Int32]
  ) {
    count += 1
    prefixLength.append(prefixLength[prefixLength.count - 1] + length)
    roles.append(role)
    footnoteNumbers.append(footnoteNumber)
    footnoteCalls.append(contentsOf: Array(Set(calls)).sorted())
    footnoteCallStart.append(footnoteCalls.count)
    tokens.append(contentsOf: Array(Set(ids)).sorted())
    tokenStart.append(tokens.count)
  }

  /// The total length of `range`.
  func length(_ range: Range<Int>) -> Int { prefixLength[range.upperBound] - prefixLength[range.lowerBound] }

  /// The position of the middle of item `index` as a fraction of the side's total length.
  func relativePosition(of index: Int) -> Double {
    let total = Double(max(1, prefixLength[count]))
    return (Double(prefixLength[index]) + Double(prefixLength[index + 1] - prefixLength[index]) / 2) / total
  }

  func tokens(of index: Int) -> ArraySlice<Int32> { tokens[tokenStart[index]..<tokenStart[index + 1]] }
  func footnoteCalls(of index: Int) -> ArraySlice<Int> {
    footnoteCalls[footnoteCallStart[index]..<footnoteCallStart[index + 1]]
  }
}

/// Interns evidence tokens so that both sides compare small integers.
struct AlignmentTokenTable: Sendable {
  private var ids: [AlignmentEvidenceToken: Int32] = [:]
  /// Whether token id k is a number.
  private(set) var isNumeric: [Bool] = []

  /// The ids of the evidence tokens in `text`, in order, duplicates included.
  mutating func ids(in text: String) -> [Int32] {
    AlignmentEvidenceToken.tokens(in: text).map { token in
      if let id = ids[token] { return id }
      let id = Int32(isNumeric.count)
      ids[token] = id
      isNumeric.append(token.isNumeric)
      return id
    }
  }
}
