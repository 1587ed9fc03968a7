Scenario: pay with a stored card
  Given a shopper with a saved card
  When they pay
  Then the order is paid
