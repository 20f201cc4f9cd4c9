print("diptych-factcheck: not yet")
