// The libFuzzer harness the fuzz targets share: each target gives only the function that reads
// one input. Built for libFuzzer by Tools/fuzz.sh (-DDIPTYCH_FUZZING); a normal build replays the
// files named on the command line.
import Foundation

#if DIPTYCH_FUZZING
  /// The target's function; set once, before the driver starts.
  nonisolated(unsafe) private var fuzzTarget: ([UInt8]) -> Void = { _ in }

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzTarget(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }

  // SwiftPM gives an executable its own entry point, which may win over libFuzzer's main: then
  // the driver is started from here.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif

/// Runs `fuzzOne` under libFuzzer in a fuzzing build; otherwise on each file named on the
/// command line, to reproduce what the fuzzer found.
public func runFuzzTarget(_ fuzzOne: @escaping ([UInt8]) -> Void) -> Never {
  #if DIPTYCH_FUZZING
    fuzzTarget = fuzzOne
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) })
  #else
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else {
        print("cannot read \(path)")
        continue
      }
      fuzzOne([UInt8](data))
      print("ok \(path)")
    }
    exit(0)
  #endif
}
