/// What the footnote-call finder asks of one character of a block's text.
///
/// `Character` answers for any text; `Unicode.Scalar` answers the same where every scalar is a
/// character of its own and equal to no other scalar (``UnicodeScalars/isPlainCharacter(_:)``),
/// without hashing or normalizing a `String` for each question.
protocol CallFinderCharacter: Equatable, ExpressibleByUnicodeScalarLiteral {
  /// The value of a superscript digit (⁰ to ⁹), or nil.
  var superscriptDigit: Int? { get }
  /// Whether the character is a digit a call is written in: ASCII or full-width.
  var isCallDigit: Bool { get }
  var isWhitespace: Bool { get }
  var isLetter: Bool { get }
  var isUppercase: Bool { get }
  var isPunctuation: Bool { get }
  var isCJKIdeograph: Bool { get }
  /// Whether the character is an ASCII letter or digit.
  var isASCIIAlphanumeric: Bool { get }
  /// The character's ASCII code, or nil if it is not ASCII.
  var asciiValue: UInt8? { get }
  /// Whether the character is in `set`.
  func isIn(_ set: CallCharacterSet) -> Bool
  /// The characters as a string.
  static func string(_ characters: some Sequence<Self>) -> String
  /// The number that call digits write (full-width folded), or 0 if it is too large for an `Int`.
  static func number(_ digits: some Collection<Self>) -> Int
}

/// The classes of characters the footnote-call finder tells calls by.
enum CallCharacterSet: CaseIterable {
  /// Punctuation after which a spaced number is a call in English ("in 2021, 1 aiming").
  case englishPunctuation
  /// Chinese punctuation a call may stand next to.
  case chinesePunctuation
  /// Characters that make a number a quantity, a date or a rank in Chinese, never a call.
  case chineseUnit
  /// Characters after which a number in Chinese is a reference or a range: "表9", "至24".
  case chineseReferenceWord
  /// Characters that join a number to the next one in a range or a list: "38和39", "11至24日".
  case chineseJoiner
  /// Characters of Chinese numerals (``ChineseNumeral/isNumeralCharacter(_:)``).
  case chineseNumeral

  /// The set's place among `allCases`, where the sets of each character type are kept.
  fileprivate var slot: Int {
    switch self {
    case .englishPunctuation: 0
    case .chinesePunctuation: 1
    case .chineseUnit: 2
    case .chineseReferenceWord: 3
    case .chineseJoiner: 4
    case .chineseNumeral: 5
    }
  }

  /// The characters of the set, as written.
  var characters: String {
    switch self {
    case .englishPunctuation: ",.;:)\"”’'"
    case .chinesePunctuation: "。，、；：）」』”’》！？)"
    case .chineseUnit:
      "年月日号號届屆次个個项項名条條款段章节節页頁人岁歲倍万萬亿億千百余多点點时時分秒周天元%％‰度米吨美欧英镑册卷期版位国國家类類种種级級"
    case .chineseReferenceWord: "表图圖段条條款项項章节節件号號页頁卷期第至和或到及与與、~～-–"
    case .chineseJoiner: "和或至到及与與、~～-–"
    case .chineseNumeral:
      String(
        [
          ChineseNumeral.digits.keys, ChineseNumeral.smallUnits.keys,
          ChineseNumeral.largeUnits.keys,
        ]
        .joined())
    }
  }
}

extension Character: CallFinderCharacter {
  private static let superscripts: [Character: Int] = [
    "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
  ]
  private static let sets: [Set<Character>] = CallCharacterSet.allCases.map { Set($0.characters) }

  var superscriptDigit: Int? { Self.superscripts[self] }
  var isCallDigit: Bool { isASCIIDigit || ("０"..."９").contains(self) }
  var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }

  func isIn(_ set: CallCharacterSet) -> Bool {
    set == .chineseNumeral
      ? ChineseNumeral.isNumeralCharacter(self)
      : Self.sets[set.slot].contains(self)
  }

  /// The characters as a string, appended one by one: `String(_:)` of a generic sequence of
  /// characters is many times slower.
  static func string(_ characters: some Sequence<Character>) -> String {
    var text = ""
    for character in characters { text.append(character) }
    return text
  }

  static func number(_ digits: some Collection<Character>) -> Int {
    Int(WidthFolding.folded(string(digits))) ?? 0
  }
}

extension Unicode.Scalar: CallFinderCharacter {
  private static let sets: [ScalarSet] = CallCharacterSet.allCases.map {
    ScalarSet($0.characters.unicodeScalars)
  }

  var superscriptDigit: Int? {
    switch value {
    case 0x2070: 0
    case 0xB9: 1
    case 0xB2: 2
    case 0xB3: 3
    case 0x2074...0x2079: Int(value - 0x2070)
    default: nil
    }
  }

  var isCallDigit: Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) }
  var isWhitespace: Bool { CharacterClass.isWhitespace(self) }
  var isLetter: Bool { value < 0x80 ? ASCIIBytes.isLetter(UInt8(value)) : properties.isAlphabetic }
  /// As `Character`'s, which for a few cased scalars with no case mapping is more than the
  /// property: asked only of the letters before a glued call.
  var isUppercase: Bool {
    value < 0x80 ? ASCIIBytes.isUppercase(UInt8(value)) : Character(self).isUppercase
  }
  var isPunctuation: Bool { CharacterClass.isPunctuation(self) }
  var isCJKIdeograph: Bool {
    switch value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007: true
    default: false
    }
  }
  var isASCIIAlphanumeric: Bool { value < 0x80 && ASCIIBytes.isAlphanumeric(UInt8(value)) }
  var asciiValue: UInt8? { value < 0x80 ? UInt8(value) : nil }

  func isIn(_ set: CallCharacterSet) -> Bool {
    set == .chineseNumeral
      ? ChineseNumeral.isNumeralScalar(self) : Self.sets[set.slot].contains(self)
  }

  static func string(_ characters: some Sequence<Unicode.Scalar>) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: characters)
    return String(text)
  }

  static func number(_ digits: some Collection<Unicode.Scalar>) -> Int {
    var number = 0
    for digit in digits {
      let value = Int(digit.value >= 0xFF10 ? digit.value - 0xFF10 : digit.value - 0x30)
      let (shifted, overflow) = number.multipliedReportingOverflow(by: 10)
      let (sum, carry) = shifted.addingReportingOverflow(value)
      guard !overflow, !carry else { return 0 }
      number = sum
    }
    return number
  }
}
