"""The seed-31 fits cached their fp32 LGST before `lgst_bf16` joined the LGST stage key: `read_old_keys()` makes the pipeline
look LGST up under the key it was saved with (every other stage's key is untouched), so those fits load from cache."""
import csad.pipeline

def read_old_keys():
    key, fields = csad.pipeline.stage_key, csad.pipeline.LGST_FIELDS
    def old_key(cfg, stage, images, *extra):
        if stage != 'lgst': return key(cfg, stage, images, *extra)
        csad.pipeline.LGST_FIELDS = tuple(f for f in fields if f != 'lgst_bf16')
        try: return key(cfg, stage, images, *extra)
        finally: csad.pipeline.LGST_FIELDS = fields
    csad.pipeline.stage_key = old_key
