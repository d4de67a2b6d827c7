"""The ``briefing`` command: it parses arguments and calls the core, nothing more.

Heavy modules (writers, Jinja, pydantic models) are imported inside the
commands that need them, so ``briefing --help`` starts fast; Qt is never
imported here.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.errors import BriefingError

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.command(args)
    except BriefingError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"briefing: unexpected error: {type(error).__name__}: {error} (run with --debug "
                "for details)",
                file=sys.stderr,
            )
        return EXIT_UNEXPECTED
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Formatted briefing documents (PDF, DOCX) from visit records.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    export = commands.add_parser(
        "export",
        help="export records as PDF and DOCX",
        description="Export records (or every .json record in a folder). With no record, "
        "the bundled sample visit is exported.",
    )
    export.add_argument("records", nargs="*", type=Path, metavar="RECORD")
    export.add_argument(
        "-f", "--format", choices=["pdf", "docx", "all"], default="all", help="default: all"
    )
    export.add_argument(
        "-t",
        "--template",
        default="briefing-book",
        metavar="NAME|DIR",
        help="a template name or folder (default: briefing-book)",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE|DIR",
        help="a folder (default: the current one), or a file name for one record and one format",
    )
    export.add_argument(
        "--release-level",
        metavar="LEVEL",
        help="a releasable edition: leave out every portion marked above LEVEL",
    )
    export.set_defaults(command=_export)

    validate = commands.add_parser("validate", help="check records and list every problem")
    validate.add_argument("records", nargs="+", type=Path, metavar="RECORD")
    validate.set_defaults(command=_validate)

    templates = commands.add_parser("templates", help="list the available templates")
    templates.set_defaults(command=_templates)

    schema = commands.add_parser("schema", help="print the record format's JSON Schema")
    schema.set_defaults(command=_schema)

    gui = commands.add_parser("gui", help="open the desktop app")
    gui.add_argument("record", nargs="?", type=Path, metavar="RECORD")
    gui.set_defaults(command=_gui)

    new = commands.add_parser("new", help="write a minimal valid record to start from")
    new.add_argument("path", type=Path, metavar="PATH")
    new.set_defaults(command=_new)
    return parser


def _export(args: argparse.Namespace) -> int:
    from briefing.export import expand_records, plan_jobs, run_job
    from briefing.render.templates import find_template
    from briefing.resources import sample_record
    from briefing.writers import FORMATS

    template = find_template(args.template)
    formats = list(FORMATS) if args.format == "all" else [args.format]
    records = expand_records(args.records) if args.records else [sample_record()]
    failures = 0
    for job in plan_jobs(records, formats, args.output, args.release_level):
        try:
            run_job(job, template, progress=print)
        except BriefingError as error:
            if len(records) == 1:
                raise
            failures += 1
            for line in error.lines():
                print(line, file=sys.stderr)
    if failures:
        print(f"briefing: {failures} of {len(records)} records failed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from briefing.model import load_record

    failed = False
    for path in args.records:
        try:
            load_record(path)
        except BriefingError as error:
            failed = True
            for line in error.lines():
                print(line, file=sys.stderr)
        else:
            print(f"{path}: valid")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    from briefing.render.templates import list_templates

    templates = list_templates()
    width = max(len(t.name) for t in templates)
    for template in templates:
        print(f"{template.name:<{width}}  {template.description}")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from briefing.model.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from briefing.atomic import write_new
    from briefing.model.new import new_record_text

    path: Path = args.path
    try:
        write_new(path, new_record_text().encode("utf-8"))
    except FileExistsError:
        raise BriefingError(f"{path}: already exists; not overwritten") from None
    except OSError as error:
        raise BriefingError(f"{path}: cannot write: {error.strerror}") from None
    print(f"wrote {path}")
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from briefing.gui.app import main as gui_main

    return gui_main([str(args.record)] if args.record else [])
