import ArgumentParser

EvaluateCommand.main()
