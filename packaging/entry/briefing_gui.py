"""Entry point of the bundled ``briefing-gui`` executable."""

import multiprocessing

from briefing.gui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
