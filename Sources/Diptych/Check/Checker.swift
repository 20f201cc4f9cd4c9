import Foundation

/// Runs the divergence checks over an alignment and returns the findings in document order.
public struct Checker: Sendable {
  /// What to check and what to leave out.
  public struct Options: Sendable {
    /// Codes not to report.
    public var ignored: Set<FindingCode>
    /// Findings accepted earlier.
    public var suppressions: Suppressions
    /// A glossary for `term-mismatch`; the check runs only with one.
    public var glossary: Glossary?

    /// Creates options.
    public init(
      ignored: Set<FindingCode> = [], suppressions: Suppressions = Suppressions(keys: []),
      glossary: Glossary? = nil
    ) {
      self.ignored = ignored
      self.suppressions = suppressions
      self.glossary = glossary
    }
  }

  /// The options.
  public var options: Options
  /// The most threads one alignment's checks use; a batch that runs pairs side by side sets 1.
  public var threads: Int

  /// Creates a checker; `threads` nil is as many as the machine has cores.
  public init(options: Options = Options(), threads: Int? = nil) {
    self.options = options
    self.threads = ParallelWork.threads(threads)
  }

  /// The checks that run: the whole catalog, less what these options cannot run.
  var checks: [any DivergenceCheck] {
    CheckCatalog.allCases.compactMap { $0.check(glossary: options.glossary) }
  }

  /// Alignments with fewer units than this are checked on one thread: a thread costs more than
  /// their checks take.
  static let minimumParallelUnits = 2_000

  /// The findings on `alignment`, ordered by unit, then severity (errors first), then code.
  public func findings(for alignment: Alignment) -> [Finding] {
    let context = CheckContext(alignment: alignment, threads: threads)
    let units = Dictionary(uniqueKeysWithValues: alignment.units.map { ($0.id, $0) })
    let checks = self.checks.filter { !Set($0.codes).isSubset(of: options.ignored) }
    let found: [Finding]
    if threads > 1 && alignment.units.count >= Self.minimumParallelUnits {
      found = CheckPieces(checks.map { $0.pieces(in: context) }).findings(threads: threads) {
        reported($0, context, units)
      }
    } else {
      found = checks.flatMap { reported($0.findings(in: context), context, units) }
    }
    let order = Dictionary(uniqueKeysWithValues: alignment.units.enumerated().map { ($1.id, $0) })
    return found.sorted { a, b in
      let (ua, ub) = (order[a.unit] ?? 0, order[b.unit] ?? 0)
      if ua != ub { return ua < ub }
      if a.severity != b.severity { return a.severity > b.severity }
      return a.code.rawValue < b.code.rawValue
    }
  }

  /// The findings the options report, each with its key, less those suppressed.
  private func reported(
    _ findings: [Finding], _ context: CheckContext, _ units: [String: AlignmentUnit]
  ) -> [Finding] {
    // A unit's text goes into the key of each of its findings: normalized and hashed once per
    // unit, each finding's key going on from there.
    var unitHashers: [String: FNV1a] = [:]
    var reported: [Finding] = []
    for var finding in findings where !options.ignored.contains(finding.code) {
      let unit = units[finding.unit]
      if let unit, unitHashers[unit.id] == nil {
        unitHashers[unit.id] = Self.hasher(ofUnitTexts: Self.keyTexts(of: unit, in: context))
      }
      finding.key = Self.key(of: finding, unitHasher: unit.flatMap { unitHashers[$0.id] })
      if !options.suppressions.keys.contains(finding.key) { reported.append(finding) }
    }
    return reported
  }

  /// The hasher of a finding's key once it has read a unit's ``keyTexts(of:in:)``.
  static func hasher(ofUnitTexts unitTexts: [String]) -> FNV1a {
    var hasher = FNV1a()
    for text in unitTexts { hasher.combine(text) }
    return hasher
  }

  /// A key that identifies a finding by its code, facts and unit text, not by position;
  /// `unitHasher` has read the unit's ``keyTexts(of:in:)``, nil for a finding without a unit.
  static func key(of finding: Finding, unitHasher: FNV1a?) -> String {
    guard var hasher = unitHasher else { return finding.code.rawValue }
    hasher.combine(finding.facts.joined(separator: ","))
    hasher.combine(finding.message)
    return "\(finding.code.rawValue):\(hasher.hex)"
  }

  /// What a unit's text contributes to a key: the letters and digits of each block, lower-cased,
  /// the blocks of each side followed by "|".
  static func keyTexts(of unit: AlignmentUnit, in context: CheckContext) -> [String] {
    Side.allCases.flatMap { side in
      context.texts(of: unit, side).map { lettersAndDigits(of: $0) } + ["|"]
    }
  }

  /// The letters and digits of `text`, lower-cased. ASCII, ideographs of the main CJK block and
  /// common Chinese punctuation, which make most texts, are read a scalar at a time without
  /// `Character` look-ups (each is a character of its own, an ideograph its own lower case);
  /// any other scalar sends the whole text through ``charactersLettersAndDigits(of:)``.
  static func lettersAndDigits(of text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A: bytes.append(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
        default: break
        }
      } else if (0x4E00...0x9FFF).contains(value) {
        bytes.append(UInt8(0xE0 | value >> 12))
        bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
        bytes.append(UInt8(0x80 | value & 0x3F))
      } else if !chinesePunctuation.contains(scalar) {
        return charactersLettersAndDigits(of: text)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Chinese punctuation, none a letter or a digit.
  static let chinesePunctuation: Set<Unicode.Scalar> = Set(
    "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％／～　".unicodeScalars)

  /// The letters and digits of `text`, lower-cased, told by `Character` properties.
  static func charactersLettersAndDigits(of text: String) -> String {
    text.lowercased().filter { $0.isLetter || $0.isNumber }
  }
}
