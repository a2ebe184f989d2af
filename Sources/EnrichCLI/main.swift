import EnrichCommandLine

EnrichMain.run()
