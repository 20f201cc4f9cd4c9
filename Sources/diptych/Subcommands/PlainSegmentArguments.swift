/// The arguments of the plainest `diptych segment` run (`segment FILE`, with at most one
/// `--format` and one `--language`, each `--option value` or `--option=value` with a valid
/// value), told without ArgumentParser.
///
/// ArgumentParser builds the whole command tree and reflects every option of it on each run:
/// about 14M instructions of dynamic casts and protocol-conformance scans, a quarter of
/// segmenting a 1 MB text. Anything else (help, `--`, an option given twice, an invalid value, a
/// file named like an option or `help`) gets nil and goes to ArgumentParser, which then parses
/// and reports exactly as before; for what this accepts, ArgumentParser gives the same values.
struct PlainSegmentArguments: Equatable {
  var file: String
  var language: LanguageChoice = .auto
  var format: SegmentFormat = .tree

  /// The arguments after the executable's name, or nil where ArgumentParser must decide.
  init?(_ arguments: some Collection<String>) {
    guard arguments.first == "segment" else { return nil }
    var file: String? = nil
    var language: LanguageChoice? = nil
    var format: SegmentFormat? = nil
    var rest = arguments.dropFirst()[...]
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("-") else {
        guard file == nil, !argument.isEmpty, argument != "help" else { return nil }
        file = argument
        continue
      }
      let (name, inline) = Self.split(argument)
      guard let value = inline ?? rest.popFirst(), !value.hasPrefix("-") else { return nil }
      switch name {
      case "--format" where format == nil:
        guard let parsed = SegmentFormat(rawValue: value) else { return nil }
        format = parsed
      case "--language" where language == nil:
        guard let parsed = LanguageChoice(rawValue: value) else { return nil }
        language = parsed
      default:
        return nil
      }
    }
    guard let file else { return nil }
    self.file = file
    self.language = language ?? .auto
    self.format = format ?? .tree
  }

  /// `--name=value` as its name and value; any other argument as its name alone.
  private static func split(_ argument: String) -> (name: Substring, value: String?) {
    guard let equals = argument.firstIndex(of: "=") else { return (argument[...], nil) }
    return (argument[..<equals], String(argument[argument.index(after: equals)...]))
  }

  /// Runs the command these arguments ask for.
  func run() throws {
    try DiptychCommand.Segment.run(file: file, language: language, format: format)
  }
}
