And first
Scenario:

Scenario: no then
  Given x
  * y
Rule: r
  Background:
    Given b
  Example: e
    Then t <missing>
@a tag
