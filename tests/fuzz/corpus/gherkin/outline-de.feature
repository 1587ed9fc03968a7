# language: de
@wip
Szenariogrundriss: <x>
  Angenommen ich habe <n> Gurken
  Und "<x>"
    """json
    {"a": 1}
    """
  Dann habe ich
    | a | b |
    | 1 | 2 |

  Beispiele:
    | n | x |
    | 3 | y |
