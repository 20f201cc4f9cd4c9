/// Why one corpus entry could not be evaluated.
enum EvaluationError: Error, CustomStringConvertible {
  case notWiredYet
  case noInput(String)
  case unreadable(file: String, reason: String)
  case notASentenceGoldFolder(String)

  var description: String {
    switch self {
    case .notWiredYet:
      "not wired yet: alignEntry (Tools/diptych-eval/AlignEntry.swift) does not call the library"
    case .noInput(let entry):
      "\(entry) has neither en.txt + zh.txt nor bilingual.txt"
    case .unreadable(let file, let reason):
      "\(file): \(reason)"
    case .notASentenceGoldFolder(let path):
      "\(path): not a folder of NNN.en, NNN.zh and NNN.gold"
    }
  }
}
