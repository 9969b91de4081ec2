"""What every command shares: settings, and turning known errors into one clear line."""

from __future__ import annotations

import click

from congress_qa.errors import CongressQAError
from congress_qa.settings import Settings, get_settings


def settings() -> Settings:
    return get_settings()


def run_guarded(group: click.Group, argv: list[str]) -> int:
    try:
        # Without standalone mode click hands back the code of an Exit instead of exiting.
        code = group.main(args=argv, prog_name="congress-qa", standalone_mode=False)
    except CongressQAError as exc:
        for line in str(exc).splitlines() or [type(exc).__name__]:
            click.echo(f"error: {line}", err=True)
        return 1
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        click.echo("aborted", err=True)
        return 130
    return code if isinstance(code, int) else 0
