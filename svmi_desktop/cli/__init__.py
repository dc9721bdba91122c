"""The ``svmi`` command line: scripts and headless use of the core, store and exports."""
