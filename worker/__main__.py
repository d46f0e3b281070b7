"""``python -m worker`` is the ``worker`` command."""

import sys

from worker.cli import main

if __name__ == "__main__":  # not when a prepare process (worker.prepare_pool) imports it
    sys.exit(main())
