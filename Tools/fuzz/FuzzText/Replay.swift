import Foundation

/// Runs `body` on each file in `paths`: reproduces what the fuzzer found, outside the fuzzer.
func replay(_ paths: some Sequence<String>, _ body: ([UInt8]) -> Void) {
  for path in paths {
    guard let data = FileManager.default.contents(atPath: path) else {
      print("cannot read \(path)")
      continue
    }
    body([UInt8](data))
    print("ok \(path)")
  }
}
