"""Why a rule said no, as data: a stable code for programs and a message for people."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
	code: str
	message: str  # Bahasa Indonesia, shown to the user as it is

	def __str__(self) -> str:
		return self.message
