// The library's choices as command-line values; the conformances are as public as the library
// types, so ArgumentParser is imported publicly here and nowhere else.
public import ArgumentParser
public import Diptych

extension OutputFormat: ExpressibleByArgument {}
extension BitextSegmentation: ExpressibleByArgument {}
