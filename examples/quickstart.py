"""Generate a video with ReelGen, exactly as you would with the AI/ML API.

Point BASE_URL at your ReelGen server (make serve prints it) and set your key:

    REELGEN_API_KEY=rg_... python3 examples/quickstart.py
"""
import json
import os
import time

import requests

BASE_URL = os.environ.get("REELGEN_URL", "http://localhost:8080")
API_KEY = os.environ["REELGEN_API_KEY"]
POLL_SECONDS = float(os.environ.get("QUICKSTART_POLL_SECONDS", "5"))


def generate_video():
    url = f"{BASE_URL}/v2/video/generations"
    headers = {"Authorization": f"Bearer {API_KEY}"}
    data = {
        "model": "pixverse/v5/text-to-video",
        "prompt": "A menacing evil dragon appears in a distance above the tallest mountain, "
        "then rushes toward the camera with its jaws open, revealing its sharp fangs.",
        "resolution": "360p",
        "duration": "5",
    }
    response = requests.post(url, json=data, headers=headers)
    if response.status_code >= 400:
        print(f"Error: {response.status_code} - {response.text}")
        return None
    response_data = response.json()
    print(response_data)
    return response_data


def get_video(gen_id):
    url = f"{BASE_URL}/v2/video/generations"
    params = {"generation_id": gen_id}
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    response = requests.get(url, params=params, headers=headers)
    return response.json()


def main():
    gen_response = generate_video()
    if gen_response is None:
        raise SystemExit(1)
    gen_id = gen_response.get("id")
    print("Generation ID:", gen_id)

    timeout = 1000
    start_time = time.time()
    while time.time() - start_time < timeout:
        response_data = get_video(gen_id)
        if response_data is None:
            print("Error: No response from API")
            break
        status = response_data.get("status")
        print("Status:", status)
        if status in ("queued", "generating"):
            print(f"Still waiting... Checking again in {POLL_SECONDS} seconds.")
            time.sleep(POLL_SECONDS)
        else:
            print("Processing complete:\n", json.dumps(response_data, indent=2))
            return response_data
    print("Timeout reached. Stopping.")
    raise SystemExit(1)


if __name__ == "__main__":
    result = main()
    if result.get("status") != "completed":
        raise SystemExit(1)
