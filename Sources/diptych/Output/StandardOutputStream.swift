import Diptych

/// Standard output as a stream for writers that write in pieces (each piece printed, so that
/// it stays in order with anything else printed).
struct StandardOutputStream: TextOutputStream {
  /// How the text written so far ends.
  private(set) var ending = LineFeedEnding()

  mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { ending.see($0) }
    print(string, terminator: "")
  }
}
