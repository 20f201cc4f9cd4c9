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
  /// How many of item k's distinct tokens are numbers.
  private(set) var numericTokenCount: [Int] = []

  /// The features of a document's blocks; `footnoteShift` is added to every footnote number.
  init(blocks: [Block], footnoteShift: Int, table: inout AlignmentTokenTable) {
    for block in blocks {
      append(
        length: LengthModel.length(of: block.text), role: Role(block.kind),
        footnoteNumber: block.footnoteNumber.map { $0 + footnoteShift },
        footnoteCalls: block.footnoteReferences.map { $0.number + footnoteShift },
        tokens: table.ids(in: block.text), isNumeric: table.isNumeric)
    }
  }

  /// The features of plain sentences.
  init(sentences: [String], table: inout AlignmentTokenTable) {
    for sentence in sentences {
      append(
        length: LengthModel.length(of: sentence), role: .paragraph, footnoteNumber: nil,
        footnoteCalls: [], tokens: table.ids(in: sentence), isNumeric: table.isNumeric)
    }
  }

  /// The features of items `range` alone, numbered from 0.
  func items(_ range: Range<Int>) -> AlignmentSideFeatures {
    var part = AlignmentSideFeatures()
    part.count = range.count
    let base = prefixLength[range.lowerBound]
    part.prefixLength = prefixLength[range.lowerBound...range.upperBound].map { $0 - base }
    part.roles = Array(roles[range])
    part.footnoteNumbers = Array(footnoteNumbers[range])
    let calls = footnoteCallStart[range.lowerBound]
    part.footnoteCallStart = footnoteCallStart[range.lowerBound...range.upperBound].map {
      $0 - calls
    }
    part.footnoteCalls = Array(footnoteCalls[calls..<footnoteCallStart[range.upperBound]])
    let first = tokenStart[range.lowerBound]
    part.tokenStart = tokenStart[range.lowerBound...range.upperBound].map { $0 - first }
    part.tokens = Array(tokens[first..<tokenStart[range.upperBound]])
    part.numericTokenCount = Array(numericTokenCount[range])
    return part
  }

  private init() {}

  private mutating func append(
    length: Int, role: Role, footnoteNumber: Int?, footnoteCalls calls: [Int],
    tokens ids: [Int32], isNumeric: [Bool]
  ) {
    count += 1
    prefixLength.append(prefixLength[prefixLength.count - 1] + length)
    roles.append(role)
    footnoteNumbers.append(footnoteNumber)
    var distinctCalls = calls
    distinctCalls.sortAndRemoveRepeats()
    footnoteCalls.append(contentsOf: distinctCalls)
    footnoteCallStart.append(footnoteCalls.count)
    var distinct = ids
    distinct.sortAndRemoveRepeats()
    tokens.append(contentsOf: distinct)
    tokenStart.append(tokens.count)
    numericTokenCount.append(distinct.count { isNumeric[Int($0)] })
  }

  /// The total length of `range`.
  func length(_ range: Range<Int>) -> Int {
    prefixLength[range.upperBound] - prefixLength[range.lowerBound]
  }

  /// The position of the middle of item `index` as a fraction of the side's total length.
  func relativePosition(of index: Int) -> Double {
    let total = Double(max(1, prefixLength[count]))
    return (Double(prefixLength[index]) + Double(prefixLength[index + 1] - prefixLength[index]) / 2)
      / total
  }

  /// Whether any item of `items` has the evidence token `token` (each item's tokens are sorted).
  func containsToken(_ token: Int32, in items: Range<Int>) -> Bool {
    for item in items
    where Self.sortedSlice(tokens, tokenStart[item]..<tokenStart[item + 1], contains: token) {
      return true
    }
    return false
  }

  /// Whether any item of `items` calls footnote `number` (each item's calls are sorted).
  func containsCall(_ number: Int, in items: Range<Int>) -> Bool {
    for item in items
    where Self.sortedSlice(
      footnoteCalls, footnoteCallStart[item]..<footnoteCallStart[item + 1], contains: number)
    {
      return true
    }
    return false
  }

  /// Binary search in the sorted part `range` of `array`.
  private static func sortedSlice<T: Comparable>(
    _ array: [T], _ range: Range<Int>, contains value: T
  ) -> Bool {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) / 2
      if array[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < range.upperBound && array[low] == value
  }

  func tokens(of index: Int) -> ArraySlice<Int32> {
    tokens[tokenStart[index]..<tokenStart[index + 1]]
  }
  func footnoteCalls(of index: Int) -> ArraySlice<Int> {
    footnoteCalls[footnoteCallStart[index]..<footnoteCallStart[index + 1]]
  }
}

/// Interns evidence tokens so that both sides compare small integers.
struct AlignmentTokenTable: Sendable {
  private var ids: [AlignmentEvidenceToken: Int32] = [:]
  /// The token of each id.
  private var tokens: [AlignmentEvidenceToken] = []
  /// Whether token id k is a number.
  private(set) var isNumeric: [Bool] = []

  /// The ids of the evidence tokens in `text`, in order, duplicates included.
  mutating func ids(in text: String) -> [Int32] {
    AlignmentEvidenceToken.tokens(in: text).map { id(of: $0) }
  }

  private mutating func id(of token: AlignmentEvidenceToken) -> Int32 {
    if let id = ids[token] { return id }
    let id = Int32(isNumeric.count)
    ids[token] = id
    tokens.append(token)
    isNumeric.append(token.isNumeric)
    return id
  }

  /// Takes in the tokens of `other`, a table of the other side read on its own, and returns the
  /// id here of each of its ids. Its ids are in the order it first met the tokens, so the ids
  /// given here are those one table reading this side and then the other would have given.
  mutating func merge(_ other: AlignmentTokenTable) -> [Int32] {
    other.tokens.map { id(of: $0) }
  }
}

extension AlignmentSideFeatures {
  /// The features with token ids renumbered by `ids` (see `AlignmentTokenTable.merge`), each
  /// item's tokens sorted again.
  func renumberingTokens(_ ids: [Int32]) -> AlignmentSideFeatures {
    var result = self
    result.tokens = tokens.map { ids[Int($0)] }
    for item in 0..<count { result.tokens[tokenStart[item]..<tokenStart[item + 1]].sort() }
    return result
  }
}
