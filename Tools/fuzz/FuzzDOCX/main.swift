// Fuzz target for the DOCX reader: ZIP, WordprocessingML, numbering, notes, document building.
// Built for libFuzzer by Tools/fuzz.sh; a normal build replays the files named on the command line.
import Diptych
import Foundation

func fuzzOne(_ bytes: [UInt8]) {
  _ = try? DocumentReader.read(bytes: bytes, sourceName: "fuzz.docx", format: .docx)
}

#if DIPTYCH_FUZZING
  // SwiftPM gives an executable its own entry point, so libFuzzer's main is not used: the
  // driver is started from here instead.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  let status = runFuzzerDriver(&argc, &argv) { data, size in
    fuzzOne(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
  }
  exit(status)
#else
  replay(CommandLine.arguments.dropFirst(), fuzzOne)
#endif
