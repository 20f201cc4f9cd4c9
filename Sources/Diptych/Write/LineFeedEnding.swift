/// Whether text written in pieces ends in a line feed `Character` (so not in "\r\n", which is one
/// `Character`), seen from the last two bytes of the pieces: what `String.hasSuffix("\n")` says
/// of the whole text.
public struct LineFeedEnding: Sendable {
  private var lastBytes: (UInt8, UInt8) = (0, 0)

  /// Creates the tracker of an empty text.
  public init() {}

  /// Whether the text seen so far ends in a line feed.
  public var endsWithLineFeed: Bool { lastBytes.1 == 0x0A && lastBytes.0 != 0x0D }

  /// Takes note of the next piece of the text.
  public mutating func see(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let last = utf8.last else { return }
    lastBytes = (utf8.count > 1 ? utf8[utf8.count - 2] : lastBytes.1, last)
  }
}
