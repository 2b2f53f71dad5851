// The packaging project has no code of its own; its assembly is not packed (IncludeBuildOutput=false).
