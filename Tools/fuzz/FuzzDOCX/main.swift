// Fuzz target for the DOCX reader: ZIP, WordprocessingML, numbering, notes, document building.
// Built for libFuzzer by Tools/fuzz.sh; a normal build replays the files named on the command line.
import Diptych
import Foundation

func fuzzOne(_ bytes: [UInt8]) {
  _ = try? DocumentReader.read(bytes: bytes, sourceName: "fuzz.docx", format: .docx)
}

#if DIPTYCH_FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
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

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  let status = runFuzzerDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) }
  exit(status)
#else
  replay(CommandLine.arguments.dropFirst(), fuzzOne)
#endif
