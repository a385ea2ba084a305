"""The AI/ML API's own Python SDK, unchanged, against a ReelGen server.

Usage: aimlapi_sdk.py OUTPUT.mp4, with REELGEN_URL and REELGEN_API_KEY set. Generates a
clip the way the SDK's documentation does (generate_with_polling, return_bytes=True) and
writes the bytes it returns to OUTPUT.mp4.
"""
import os
import sys

from aimlapi import AIMLAPI

client = AIMLAPI(api_key=os.environ["REELGEN_API_KEY"], base_url=os.environ["REELGEN_URL"] + "/v1")
video = client.videos.generate_with_polling(
    model="pixverse/v5/text-to-video",
    prompt="A red fox running through snowy woods at dawn",
    aspect_ratio="16:9",
    duration=5,
    seed=7,
    enhance_prompt=True,
    poll_interval=0.5,
    poll_timeout=120,
    return_bytes=True,
    extra_body={"resolution": "360p"},
)
with open(sys.argv[1], "wb") as output:
    output.write(video)
print(len(video))
