-- 0006 Stock short as an error: a checkout without flash deals sends its whole write as one batch
-- without BEGIN/COMMIT, which PostgreSQL runs as one implicit transaction (decision 0009). A stock take
-- that finds too few units must then fail the batch instead of changing no row; this function raises
-- the error it fails with (SQLSTATE OC409; Features/Catalog/StockLedger.TakeOrFail).
CREATE FUNCTION ocop_stock_short(product_id integer) RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION 'ocop: stock short for product %', product_id USING ERRCODE = 'OC409';
END
$$;
