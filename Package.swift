// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Diptych",
  products: [
    .library(name: "Diptych", targets: ["Diptych"]),
    .executable(name: "diptych", targets: ["diptych"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // libxml2, the system C library: only DiptychXML may import it.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // The one Swift layer over libxml2; hands out Swift values only.
    .target(name: "DiptychXML", dependencies: ["CLibXML2"]),
    // The library: read → segment → align → check → write.
    .target(
      name: "Diptych",
      dependencies: ["DiptychXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      resources: [.copy("Write/Schemas"), .copy("Align/Lexicon/Resources/lexicon.txt")]
    ),
    // The thin command-line front end.
    .executableTarget(
      name: "diptych",
      dependencies: [
        "Diptych",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Developer tools: evaluation and benchmarks.
    .executableTarget(
      name: "diptych-eval",
      dependencies: [
        "Diptych", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Tools/diptych-eval"
    ),
    .executableTarget(
      name: "diptych-bench",
      dependencies: [
        "Diptych", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Tools/diptych-bench"
    ),
    .executableTarget(
      name: "diptych-factcheck",
      dependencies: [
        "Diptych", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Tools/diptych-factcheck"
    ),
    // libFuzzer targets (Tools/fuzz.sh builds them with -sanitize=fuzzer); a normal build replays
    // inputs.
    .target(name: "FuzzHarness", path: "Tools/fuzz/Harness"),
    .executableTarget(
      name: "diptych-fuzz-text", dependencies: ["Diptych", "FuzzHarness"],
      path: "Tools/fuzz/FuzzText"),
    .executableTarget(
      name: "diptych-fuzz-docx", dependencies: ["Diptych", "FuzzHarness"],
      path: "Tools/fuzz/FuzzDOCX"),
    // Fixtures and golden files are read through #filePath, not bundled.
    .testTarget(name: "DiptychXMLTests", dependencies: ["DiptychXML"], exclude: ["Fixtures"]),
    .testTarget(
      name: "DiptychTests",
      dependencies: [
        "Diptych", "DiptychXML", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Write/Golden", "Read/Fixtures"]),
    .testTarget(name: "DiptychCLITests", dependencies: ["Diptych"]),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("ExistentialAny"),
      .enableUpcomingFeature("InternalImportsByDefault"),
      .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
