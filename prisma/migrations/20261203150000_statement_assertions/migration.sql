-- A statement that writes many tables at once (accepting a bid: the bid, the unit, the other bids,
-- their holds and postings, the notifications) runs on its own, without an enclosing transaction
-- that its caller could roll back. What the caller used to check afterwards ("every other bid was
-- ended and its hold released and posted") is checked in the statement's final SELECT instead, with
-- this function: a false check raises, and the whole statement, every CTE of it, is undone.
CREATE FUNCTION assert_statement(ok boolean, message text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION 'statement check failed: %', message USING ERRCODE = 'P0001';
  END IF;
  RETURN true;
END $$;
