import Foundation

/// The text files of a corpus entry: a pair of monolingual files or one bilingual file.
enum EntryInput {
  /// `en.txt` and `zh.txt`.
  case pair(english: URL, chinese: URL)
  /// `bilingual.txt`: English, a line holding `*****`, then Chinese.
  case bilingual(URL)

  init(_ directory: URL) throws {
    let files = FileManager.default
    let english = directory.appendingPathComponent("en.txt")
    let chinese = directory.appendingPathComponent("zh.txt")
    let bilingual = directory.appendingPathComponent("bilingual.txt")
    if files.fileExists(atPath: english.path), files.fileExists(atPath: chinese.path) {
      self = .pair(english: english, chinese: chinese)
    } else if files.fileExists(atPath: bilingual.path) {
      self = .bilingual(bilingual)
    } else {
      throw EvaluationError.noInput(directory.lastPathComponent)
    }
  }
}
