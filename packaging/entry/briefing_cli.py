"""Entry point of the bundled ``briefing`` executable."""

import multiprocessing

from briefing.cli import main

if __name__ == "__main__":
    # Batch export's worker processes start this executable again where fork is unavailable.
    multiprocessing.freeze_support()
    raise SystemExit(main())
