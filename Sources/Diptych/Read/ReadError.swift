/// Why an input could not be read: the file, and what is wrong with it.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Sendable, Hashable {
    /// The file does not exist or cannot be opened.
    case unreadable(String)
    /// The file is empty, or holds nothing but white space.
    case empty
    /// The bytes are in no encoding Diptych reads.
    case undecodable(String)
    /// The file is binary, or not of the kind its name or content suggests.
    case wrongKind(String)
    /// The file is of a known kind but damaged.
    case malformed(String)
    /// The file is larger than Diptych accepts.
    case tooLarge(String)
    /// The content does not fit what was asked (two versions expected, one language found …).
    case content(String)
  }

  /// The file, as the user named it.
  public var path: String
  /// What is wrong.
  public var reason: Reason

  /// Creates an error for `path`.
  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// One line: the file and the problem.
  public var description: String {
    let problem: String
    switch reason {
    case .unreadable(let detail): problem = "cannot read the file: \(detail)"
    case .empty: problem = "the file is empty"
    case .undecodable(let detail): problem = "the text is in no encoding Diptych reads: \(detail)"
    case .wrongKind(let detail): problem = detail
    case .malformed(let detail): problem = detail
    case .tooLarge(let detail): problem = "the file is too large: \(detail)"
    case .content(let detail): problem = detail
    }
    return "\(path): \(problem)"
  }
}
