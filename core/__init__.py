"""Domain code of the plugin: formats, storage, clients, maths. Imports no widgets."""
