// temporary: removed once the module has sources
